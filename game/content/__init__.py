"""Content: files (YAML, Tiled maps) turned into plain, validated data; no pygame objects."""
