"""Loading the region's reference data shipped in places/data/ (from shared/data/brussels)."""

import csv
import json
from pathlib import Path

from polyvox.places.models import Municipality

DATA_DIR = Path(__file__).resolve().parent / "data"


def load_municipalities() -> int:
    """Create or update the 19 municipalities; returns how many there are."""
    centroids = {}
    with open(DATA_DIR / "brussels_centroids.tsv", encoding="utf-8") as handle:
        for row in csv.reader(handle, delimiter="\t"):
            if row and row[0].isdigit():
                centroids[row[0]] = (float(row[3]), float(row[4]))
    features = json.loads((DATA_DIR / "brussels_municipalities.geojson").read_text(encoding="utf-8"))["features"]
    for feature in features:
        props = feature["properties"]
        lat, lon = centroids[props["nis"]]
        Municipality.objects.update_or_create(
            nis_code=props["nis"],
            defaults={
                "name_fr": props["name_fr"],
                "name_nl": props["name_nl"],
                "population": props["population"],
                "latitude": lat,
                "longitude": lon,
                "boundary": json.dumps(feature["geometry"], separators=(",", ":")),
            },
        )
    return Municipality.objects.count()


def boundaries_geojson() -> dict:
    """The municipalities as a GeoJSON FeatureCollection, names in both languages."""
    return {
        "type": "FeatureCollection",
        "features": [
            {
                "type": "Feature",
                "properties": {"nis": m.nis_code, "name_fr": m.name_fr, "name_nl": m.name_nl, "population": m.population},
                "geometry": m.geometry,
            }
            for m in Municipality.objects.all()
        ],
    }
