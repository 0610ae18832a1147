"""Reference population figures: who lives in each municipality by age band, gender and language, loaded by the
Service's staff from a CSV file, and what the evaluation's inclusion tables compare the participants with.

The platform ships no such figures (only the municipalities' total population, in places): they come from
the file the staff load, with their source and year, and every table says which it uses, or that there is none.

CSV (UTF-8, comma or semicolon, a header line, one figure per line; documented in docs/open-data.md):

    nis_code,dimension,category,count,year,source
    21001,age_band,16-24,13250,2024,"Statbel, population on 1 January 2024"

- `nis_code`: one of the Region's 19 municipalities (places);
- `dimension`: age_band, gender or language;
- `category`: a value of the participants' questionnaire's answer to that question (`categories()`): age bands
  16-24, 25-39, 40-54, 55-69, 70+; gender woman, man, other; language fr, nl, both, other;
- `count`: residents (a whole number, digits only); `year`: the year of the figure; `source`: who published it.

A file is loaded whole or not at all; each of its (municipality, dimension, year) groups gives every category
but "other" (official statistics rarely count it) and replaces the figures already held for that group.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from polyvox.core.input_checks import whole_number
from polyvox.core.messages import Msg
from polyvox.core.transitions import record
from polyvox.followup.imports import ImportRefused, read_csv
from polyvox.followup.models import QUESTION_OF_DIMENSION, PopulationDimension, PopulationFigure, PopulationLoad

COLUMNS = ("nis_code", "dimension", "category", "count", "year", "source")
MAX_LINES = 5000
FIRST_YEAR = 1990
OPTIONAL_CATEGORIES = ("other",)
TEMPLATE = "oecd-participants"


def categories() -> dict[str, dict[str, str]]:
    """The categories of each dimension (value -> label in the reader's language), from the participants'
    questionnaire: reference figures must count the same categories as the participants' answers."""
    from django.utils.translation import get_language

    from polyvox.questionnaires import services as questionnaires

    language = (get_language() or "fr")[:2]
    template = questionnaires.templates()[TEMPLATE]
    by_key = {question["key"]: question for question in template["questions"]}
    found = {}
    for dimension, key in QUESTION_OF_DIMENSION.items():
        choices = by_key[key]["choices"] if key in by_key else []
        found[dimension] = {c["value"]: c["label"].get(language) or c["label"].get("fr") or c["value"] for c in choices}
    return found


# Loading ------------------------------------------------------------------------------------------------

def load_csv(data: bytes, *, file_name: str = "", by) -> PopulationLoad:
    """Check every line of the file, then store all its figures or none. Raises ImportRefused("Line N: ...")."""
    from polyvox.places.models import Municipality

    if not by.has_perm("followup.load_population"):
        raise ImportRefused([_("You may not do this.")])
    rows = read_csv(data, columns=COLUMNS, required=COLUMNS, one_of=(), max_lines=MAX_LINES)
    if not rows:
        raise ImportRefused([_("The file holds no figure: one line per figure after the header.")])
    municipalities = {m.nis_code: m for m in Municipality.objects.all()}
    allowed = categories()
    this_year = timezone.localdate().year
    problems: list[str] = []
    seen: dict[tuple, int] = {}
    groups: dict[tuple, dict] = {}
    figures = []
    for row in rows:
        line = row["line"]
        faults = []
        nis, dimension, category = row.get("nis_code", ""), row.get("dimension", ""), row.get("category", "")
        if nis not in municipalities:
            faults.append(_("Line %(line)s: no municipality of the Region has the NIS code “%(code)s”.")
                          % {"line": line, "code": nis[:20]})
        if dimension not in PopulationDimension.values:
            faults.append(_("Line %(line)s: unknown dimension “%(dimension)s”; one of: %(dimensions)s.")
                          % {"line": line, "dimension": dimension[:30], "dimensions": ", ".join(PopulationDimension.values)})
        elif category not in allowed[dimension]:
            faults.append(_("Line %(line)s: “%(category)s” is not a category of %(dimension)s; the categories are: "
                            "%(categories)s.") % {"line": line, "category": category[:30], "dimension": dimension,
                                                  "categories": ", ".join(allowed[dimension])})
        count = whole_number(row.get("count", ""), max_digits=9)
        if count is None:
            faults.append(_("Line %(line)s: the count is a whole number of residents, digits only (no space, "
                            "point or comma).") % {"line": line})
        year = whole_number(row.get("year", ""), max_digits=4)
        if year is None or not FIRST_YEAR <= year <= this_year:
            faults.append(_("Line %(line)s: the year is a year from %(first)s to %(last)s.")
                          % {"line": line, "first": FIRST_YEAR, "last": this_year})
        source = row.get("source", "")
        if not source:
            faults.append(_("Line %(line)s: give the figure's source (who published it).") % {"line": line})
        elif len(source) > 300 or not source.isprintable():
            faults.append(_("Line %(line)s: the source is at most 300 characters of plain text.") % {"line": line})
        if faults:
            problems += faults
            continue
        key = (nis, dimension, category, year)
        if key in seen:
            problems.append(_("Line %(line)s: the same figure as on line %(first)s (%(code)s, %(dimension)s, "
                              "%(category)s, %(year)s).") % {"line": line, "first": seen[key], "code": nis,
                                                             "dimension": dimension, "category": category, "year": year})
            continue
        seen[key] = line
        group = groups.setdefault((nis, dimension, year), {"line": line, "categories": set()})
        group["categories"].add(category)
        figures.append(PopulationFigure(municipality=municipalities[nis], dimension=dimension, category=category,
                                        count=count, year=year, source=source))
    for (nis, dimension, year), group in groups.items():
        missing = [value for value in allowed[dimension]
                   if value not in group["categories"] and value not in OPTIONAL_CATEGORIES]
        if missing:
            problems.append(_("Line %(line)s: %(municipality)s, %(dimension)s, %(year)s: the categories %(missing)s "
                              "are missing; give every category (only “other” may be left out) so that the shares "
                              "compare like with like.") % {
                "line": group["line"], "municipality": municipalities[nis].name_fr, "dimension": dimension,
                "year": year, "missing": ", ".join(missing)})
    if problems:
        raise ImportRefused(problems)
    summary = "; ".join(f"{dimension} {year}: {n}" for (dimension, year), n in sorted(_group_sizes(groups).items()))
    with transaction.atomic():
        load = PopulationLoad.objects.create(file_name=file_name[:200], lines=len(figures), summary=summary[:500],
                                             loaded_by=by)
        for nis, dimension, year in groups:
            PopulationFigure.objects.filter(municipality=municipalities[nis], dimension=dimension, year=year).delete()
        for figure in figures:
            figure.load = load
        PopulationFigure.objects.bulk_create(figures)
        record(load, "load", actor=by, message=Msg("Population figures loaded: %(lines)s lines (%(summary)s).",
                                                   lines=len(figures), summary=summary))
    return load


def _group_sizes(groups) -> dict:
    sizes: dict[tuple, int] = defaultdict(int)
    for _nis, dimension, year in groups:
        sizes[(dimension, year)] += 1
    return sizes


# Reading -----------------------------------------------------------------------------------------------

@dataclass
class Reference:
    """Residents per category of one dimension, in one year, over one scope (a municipality or several)."""

    dimension: str
    year: int
    counts: dict[str, int]
    sources: list[str]
    municipalities: list = field(default_factory=list)

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    def share(self, category: str) -> float | None:
        if category not in self.counts or not self.total:
            return None
        return round(100 * self.counts[category] / self.total, 1)

    def note(self) -> str:
        from polyvox.places.models import Municipality

        every = Municipality.objects.count()
        if len(self.municipalities) == 1:
            scope = self.municipalities[0].name
        elif len(self.municipalities) >= every:
            scope = _("the Region's %(n)s municipalities") % {"n": every}
        else:
            scope = _("%(n)s of the Region's %(every)s municipalities (the others have no figures)") % {
                "n": len(self.municipalities), "every": every}
        return _("Population: %(sources)s; year %(year)s; %(scope)s. Shares among the categories the source "
                 "counts.") % {"sources": "; ".join(self.sources), "year": self.year, "scope": scope}


def reference(dimension: str, municipality=None) -> Reference | None:
    """The latest figures of `dimension`: for `municipality` if it has some, else over every municipality that
    has figures in the latest year; None when none are loaded."""
    figures = PopulationFigure.objects.filter(dimension=dimension).select_related("municipality")
    if municipality is not None and figures.filter(municipality=municipality).exists():
        figures = figures.filter(municipality=municipality)
    year = figures.order_by("-year").values_list("year", flat=True).first()
    if year is None:
        return None
    counts: dict[str, int] = defaultdict(int)
    sources: list[str] = []
    places = {}
    for figure in figures.filter(year=year):
        counts[figure.category] += figure.count
        places[figure.municipality_id] = figure.municipality
        if figure.source not in sources:
            sources.append(figure.source)
    return Reference(dimension, year, dict(counts), sources, sorted(places.values(), key=lambda m: m.name_fr))


@dataclass
class Residents:
    """Residents per municipality (NIS code), with where the figures come from."""

    by_code: dict[str, int]
    note: str

    def share(self, code: str) -> float | None:
        total = sum(self.by_code.values())
        if code not in self.by_code or not total:
            return None
        return round(100 * self.by_code[code] / total, 1)


def residents_by_municipality() -> Residents:
    """Residents per municipality: the loaded age bands (or genders) of the latest year that covers all the
    Region's municipalities, with their source and year; else the platform's places data (no year stated)."""
    from polyvox.places.models import Municipality

    municipalities = list(Municipality.objects.all())
    every = len(municipalities)
    for dimension in (PopulationDimension.AGE_BAND, PopulationDimension.GENDER):
        for year in (PopulationFigure.objects.filter(dimension=dimension).order_by("-year")
                     .values_list("year", flat=True).distinct()):
            figures = PopulationFigure.objects.filter(dimension=dimension, year=year).select_related("municipality")
            by_code: dict[str, int] = defaultdict(int)
            sources: list[str] = []
            for figure in figures:
                by_code[figure.municipality.nis_code] += figure.count
                if figure.source not in sources:
                    sources.append(figure.source)
            if len(by_code) >= every:
                label = categories_label(dimension)
                return Residents(dict(by_code), _("Population: %(sources)s; year %(year)s; residents counted in the "
                                                  "%(what)s of the questionnaire.") % {
                    "sources": "; ".join(sources), "year": year, "what": label})
    return Residents({m.nis_code: m.population for m in municipalities},
                     _("Population: the 19 municipalities' figures of the platform's places data "
                       "(bmesuere/belgium-topojson, CC0 1.0); the source does not state their year."))


def categories_label(dimension: str) -> str:
    return str(_("age bands") if dimension == PopulationDimension.AGE_BAND else _("genders"))


def coverage() -> list[dict]:
    """Per dimension: the years held, with how many municipalities and the sources (the staff page's table)."""
    from polyvox.places.models import Municipality

    every = Municipality.objects.count()
    rows = []
    for dimension, label in PopulationDimension.choices:
        years = []
        for year in (PopulationFigure.objects.filter(dimension=dimension).order_by("-year")
                     .values_list("year", flat=True).distinct()):
            figures = PopulationFigure.objects.filter(dimension=dimension, year=year)
            years.append({"year": year, "municipalities": figures.values("municipality").distinct().count(),
                          "every": every, "sources": sorted(set(figures.values_list("source", flat=True)))})
        rows.append({"dimension": dimension, "label": label, "years": years})
    return rows
