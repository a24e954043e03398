// The agencies and how they nest (DHS › ICE › HSI › field offices; DOJ › USAOs, CEOS, BJS).
MATCH hierarchy = (:Agency)-[:PART_OF]->(:Agency)
RETURN hierarchy
