"""A tile layer format the game cannot read: judged by the decoder alone, told once for the map with every layer."""

import types
import xml.etree.ElementTree as ET

import pytest

from game.content import tmx_data
from game.content.errors import ContentError
from game.content.tmx_data import DataRefused, decode_data
from game.content.tmx_document import read_map
from tests.content.test_level_traps import SPAWN, layer, write_map

# <data> elements in formats the decoder refuses, and Tiled's name for each as the map's message gives it.
REFUSED = {
    "zstd without the module": ('<data encoding="base64" compression="zstd">KLUv/Q==</data>',
                                "Base64 (Zstandard compressed)"),
    "a compression Tiled never writes": ('<data encoding="base64" compression="lzma">AAAA</data>',
                                         'Base64 with compression "lzma"'),
    "an encoding Tiled never writes": ('<data encoding="hex">00</data>', 'encoding "hex"'),
}


def _problems(path) -> list:
    with pytest.raises(ContentError) as caught:
        read_map(path)
    return caught.value.problems


def _layer_in(name: str, data: str) -> str:
    return f'<layer name="{name}" width="4" height="3">{data}</layer>'


@pytest.mark.parametrize("case", REFUSED)
def test_a_format_the_decoder_refuses_is_told_once_for_the_map_with_the_decoders_own_words(tmp_path, monkeypatch,
                                                                                           case):
    monkeypatch.setattr(tmx_data, "zstandard", None)  # as on a computer without the module
    data, name = REFUSED[case]
    body = (_layer_in("ground", data) + _layer_in("walls", data) + '<group name="town">' + _layer_in("roof", data)
            + "</group>" + _layer_in("top", data) + _layer_in("sky", data) + layer("fine") + SPAWN)
    with pytest.raises(DataRefused) as decoder:
        decode_data(ET.fromstring(data), 4, 3)
    [problem] = _problems(write_map(tmp_path, body))
    assert (problem.where, problem.expected, problem.hint) == ("map, Tile Layer Format", decoder.value.expected,
                                                              decoder.value.hint)
    assert decoder.value.layer_format == name
    assert problem.found == (f'{name}, on 5 tile layers: layer "ground", layer "walls", group "town", layer "roof" '
                             "and 2 more")


def test_layers_in_two_refused_formats_get_one_message_each_and_a_readable_layer_none(tmp_path, monkeypatch):
    monkeypatch.setattr(tmx_data, "zstandard", None)
    zstd, lzma = REFUSED["zstd without the module"][0], REFUSED["a compression Tiled never writes"][0]
    body = _layer_in("a", zstd) + _layer_in("b", lzma) + layer("c") + _layer_in("d", zstd) + SPAWN
    assert [p.found for p in _problems(write_map(tmp_path, body))] == [
        'Base64 (Zstandard compressed), on 2 tile layers: layer "a" and layer "d"',
        'Base64 with compression "lzma", on 1 tile layer: layer "b"']


def test_bad_data_in_a_readable_format_is_told_layer_by_layer_not_as_the_maps_format(tmp_path):
    short = '<data encoding="csv">1,1,1</data>'
    problems = _problems(write_map(tmp_path, _layer_in("a", short) + _layer_in("b", short) + SPAWN))
    assert [(p.where, p.found) for p in problems] == [('layer "a"', "3"), ('layer "b"', "3")]


def test_the_formats_the_message_says_the_game_reads_follow_what_the_decoder_reads(tmp_path, monkeypatch):
    # With the zstandard module the decoder reads Zstandard too: the message's list says so, as its reading does.
    monkeypatch.setattr(tmx_data, "zstandard", types.SimpleNamespace())
    data = REFUSED["a compression Tiled never writes"][0]
    [problem] = _problems(write_map(tmp_path, _layer_in("ground", data) + SPAWN))
    assert problem.expected == ("a tile layer format the game reads: CSV, or Base64 uncompressed or with zlib, gzip "
                                "or Zstandard compression")


# CSV as Tiled writes it and as a hand edit may leave it: numbers with spaces, line breaks and a trailing comma round
# them, signs, empty cells, a sign alone, numbers past the tile ids and past int64 (0xEFFFFFFF: the flip bits without
# the hexagonal one, which the decoder drops), other digits and spaces.
CSV_CELLS = ["1,2,3,\n4,5,6", " 7 ,\t8,9\r\n,0,0,1,", "+1,2,3,4,5,6", "1,,3,4,5,6", "1, ,3,4,5,6", "-,2,3,4,5,6",
             "+ 1,2,3,4,5,6", "-0,2,3,4,5,6", "-1,2,3,4,5,6", "4026531839,0,0,0,0,0", "4294967296,0,0,0,0,0",
             "99999999999999999999999,0,0,0,0,0", "1_0,2,3,4,5,6", "1.5,2,3,4,5,6", "\u0663,2,3,4,5,6",
             "1\u00a0,2,3,4,5,6", "1\u2003,2,3,4,5,6", "1 2,3,4,5,6", ",1,2,3,4,5", "1,2,3,4,5, ,", "1,2,3,4,5,6,7"]


@pytest.mark.parametrize("text", CSV_CELLS)
def test_csv_cells_read_as_int_reads_each_of_them_or_are_refused_naming_the_first_it_cannot(text):
    # The decoder reads a layer in C when it can (numpy: a tenth of the time on a big map), and must read exactly
    # what int() on each cell reads, and refuse what it refuses, with the same words.
    data = ET.fromstring(f'<data encoding="csv">{text}</data>')
    cells = text.strip().rstrip(",").split(",")
    try:
        expected = tuple(int(cell) for cell in cells)
    except ValueError:
        expected = None
    if expected is not None and len(expected) == 6 and 0 <= min(expected) and max(expected) <= tmx_data.MAX_GID:
        assert decode_data(data, 3, 2) == expected
    else:
        with pytest.raises(DataRefused) as refused:
            decode_data(data, 3, 2)
        if len(cells) == 6 and expected is None:
            bad = next(cell for cell in cells if not tmx_data._is_int(cell))
            assert refused.value.found == tmx_data.quote(bad.strip(), 20)
        elif expected is not None and len(cells) == 6:
            assert refused.value.found == str(min(expected) if min(expected) < 0 else max(expected))
