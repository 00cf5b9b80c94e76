"""Blue Comet's original art, drawn in code: every sprite and the Mars and New York
tilesets (tools/make_art.py writes them).

Everything is drawn procedurally with pygame-ce only.  Images are drawn at 4x
resolution (SS) with polygons, lines and circles plus hand-made cel shading,
then smooth-scaled down, which gives clean anti-aliasing.  All randomness
comes from random.Random(fixed seed), so every run writes identical bytes.

Sprites (all facing east / +x where it matters; the game rotates them):
    layzner.png 72x72, title_layzner.png (the title screen's: the same
    drawing at three times the size, turned up the streak) and
    title_comet.png 1200x330 (its blue comet's streak, added light),
    layzner_thrust.png 72x72, dis.png 72x72,
    dis_wreck.png 72x72, bolt_player.png 28x8, bolt_enemy.png 24x8,
    muzzle_flash.png 24x24, explosion.png 8 frames of 96x96 (768x96),
    particles.png 4 frames of 16x16 (spark, smoke, debris, dust),
    spark_hit.png 32x32,
    layzner_overheat.png 72x72 (pixel-aligned with layzner.png: hatches
    open, vents glowing), layzner_vmax.png 72x72 (energy silhouette),
    vmax_barrier.png 112x112, missile.png 22x8, missile_flame.png 16x8
    (points west, behind the missile), knuckle_wave.png 48x48,
    telegraph.png 28x28, deflect.png 32x32, steam.png 24x24,
    layzner_fouron.png 72x72 (pixel-aligned with layzner.png: Fouron in
    control, the canopy glows violet), dis_disabled.png 72x72 (pixel-aligned
    with dis.png: arm shot off and sparking, rifle hanging, hatch open over
    an empty seat, darkened and scorched), pilot_pod.png 24x24 (ejected
    Gradosian pilot capsule), part_spark.png 24x24 (precise hit on an arm
    or a leg), layzner_wreck.png 72x72 (pixel-aligned with layzner.png: the
    Layzner brought down, burnt, its rifle thrown clear), bul.png 88x88
    (the heavy Gradosian SPT: broad horned shoulder slabs, a cannon on the
    front-left arm), bul_disabled.png and bul_wreck.png 88x88 (pixel-aligned
    with bul.png), bul_shell.png 30x14 (its shot, added light).
    For day maps, the shots again covering the ground rather than adding
    light (ordinary alpha, premultiplied by the game, by the name:
    DAY in game/view/sprites.py): bolt_player_day.png, bolt_enemy_day.png,
    bul_shell_day.png and knuckle_wave_day.png, each the size of its night
    image, in a thin dark rim, their faintest glow cut off.

Shadows: what the game turns (layzner, its overheat and Fouron sprites,
dis, dis_disabled, dis_wreck, bul, bul_disabled, bul_wreck, layzner_wreck, missile, pilot_pod) has no shadow of its own
but a <name>_shadow.png beside it, a soft silhouette in place; the game
casts it down-right whichever way the sprite faces (LOW_SHADOWS in
game/view/sprites.py), as one sun would.  The standing tiles of the
tileset likewise: mars_body.png holds them without their shadows and
mars_shadow.png those shadows in place; mars.png, which Tiled shows, has
each over its shadow cast as the game casts it (TILE_SHADOW in
game/view/map_view.py), and the game casts a flipped tile's shadow anew.

HUD (not rotated, normal alpha): rei_emblem.png 88x88 and
fouron_emblem.png 88x88, the two cockpit AIs' emblems in one hexagonal
frame design (Rei calm cyan, Fouron angular violet).

Glows meant to be premultiplied and blitted with BLEND_ADD: layzner_thrust,
bolt_*, muzzle_flash, spark_hit, layzner_vmax, vmax_barrier, missile_flame,
knuckle_wave, telegraph, deflect, part_spark (ADDITIVE in fx_sheet.py).
steam and the rest use normal alpha.

Tileset assets/tilesets/mars.png (32x32 tiles, 8 columns, 9 rows, 72 tiles)
and its Tiled 1.8 external tileset mars.tsx: the table of tile ids, what is
solid and the Wang sets are in tileset.py's docstring.

Modules: colour, geometry and canvas (the supersampled Canvas, its cel
shading and the key LIGHT) underlie everything; layzner, dis, dis_damaged,
layzner_wreck, pilot_pod and missile draw the machines, what they fire or
eject and what is left of them; effects_shots, effects_vmax and
effects_fire_smoke the glows, flashes, the explosion and the particles; emblems the HUD's AI emblems; tiles_grid, noise,
tiles_common and the tiles_* rows make the tileset, which tileset puts
together and describes in mars.tsx; outputs names every output and writes it
under an assets root; contact_sheet and fx_sheet, pages laid out by
sheet_layout, are for looking at the art (make_art.py --sheet, --fx-sheet).
"""
