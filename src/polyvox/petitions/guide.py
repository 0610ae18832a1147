"""“Which channel fits my request?”: a citizen's text routed to a level (Region, COCOM, COCOF, municipality, or,
for information, the federal Chamber) and the channel that serves it, with the legal clock that applies.

The routing reads words of the text (stems in FR, NL, EN) that name competences; the citizen may also say who
decides. It is advice: the receiving institution decides admissibility."""

from __future__ import annotations

from dataclasses import dataclass, field

from django.utils.translation import gettext_lazy as _

from polyvox.petitions.similar import stems

# Words that point to a level (any of the three languages); the stems of these are matched.
COMPETENCES = {
    "federal": "pension pensioen retraite impot impots belasting tax taxes justice justitie armee leger army "
               "securite sociale chomage werkloosheid unemployment nationalite nationaliteit nationality sncb nmbs "
               "railway police federale federale politie asile asiel asylum",
    "cocom": "hopital hopitaux ziekenhuis hospital sante gezondheid health cpas ocmw aide personnes bijstand "
             "maison repos rusthuis allocations familiales kinderbijslag family allowance handicap",
    "cocof": "francophone franstalig formation professionnelle bruxelles formation ecole francophone "
             "culture francophone sport francophone",
    "commune": "rue straat street trottoir stoep pavement commune gemeente municipality municipal conseil communal "
               "gemeenteraad echevin schepen bourgmestre burgemeester quartier wijk neighbourhood parc park "
               "eclairage verlichting lighting proprete netheid ecole communale",
    "region": "mobilite mobiliteit mobility stib mivb tram bus logement huisvesting housing environnement milieu "
              "environment urbanisme stedenbouw planning emploi werk employment economie economy energie energy "
              "climat klimaat climate velo fiets bicycle",
}


@dataclass
class Route:
    level: str
    level_label: object
    channel: str
    channel_label: object
    threshold: int
    clock: object
    notes: list = field(default_factory=list)


def route(text: str, *, who_decides: str = "", municipality=None) -> Route:
    """The level the text most likely concerns, and the channel for it."""
    from polyvox.petitions.models import Channel, ChannelKind, CommuneRule

    level = who_decides or _guess_level(text)
    channels = {channel.kind: channel for channel in Channel.objects.all()}
    if level == "federal":
        return Route("federal", _("federal State (Chamber of Representatives)"), "", _("petition to the Chamber"),
                     25000, _("With enough signatures the main petitioner has the right to be heard by the Chamber's "
                              "competent committee (law of 2 May 2019 on petitions to the Chamber of Representatives). "
                              "For information only: it is not filed on this platform."),
                     [_("25,000 signatures of people domiciled in Belgium, with at least 14,500 in the Flemish Region, "
                        "8,000 in the Walloon Region and 2,500 in the Brussels-Capital Region.")])
    if level == "commune":
        channel = channels.get(ChannelKind.INTERPELLATION)
        threshold = channel.threshold if channel else 25
        days = channel.days_before_sitting if channel else 13
        if municipality is not None:
            rule = CommuneRule.objects.filter(municipality=municipality).first()
            if rule is not None:
                threshold, days = rule.threshold, rule.days_before_sitting
        return Route("commune", _("municipality"), ChannelKind.INTERPELLATION, _("communal citizens' interpellation"),
                     threshold, _("Filed at least %(days)s days before the council sitting; at most %(slots)s per sitting; "
                                  "none in the %(months)s months before communal elections.") % {
                         "days": days, "slots": channel.max_per_sitting if channel else 3,
                         "months": channel.quiet_months_before_elections if channel else 6})
    channel = channels.get(ChannelKind.PETITION)
    labels = {"region": _("Brussels-Capital Region"), "cocom": _("Common Community Commission (COCOM)"),
              "cocof": _("French Community Commission (COCOF)")}
    threshold = channel.threshold if channel else 1000
    notes = [_("To ask for a deliberative committee instead (45 citizens drawn by lot and 15 members of parliament), "
               "file a citizens' suggestion: also 1,000 signatures.")]
    return Route(level, labels.get(level, labels["region"]), ChannelKind.PETITION,
                 _("petition to the Brussels Parliament"), threshold,
                 _("Open for signatures %(signing)s months; an answer within %(answer)s months of filing; once the "
                   "threshold is reached, the right to be heard by the Parliament.") % {
                     "signing": channel.signing_months if channel else 12, "answer": channel.answer_months if channel else 6},
                 notes)


def _guess_level(text: str) -> str:
    found = stems(text)
    scores = {level: len(found & stems(words)) for level, words in COMPETENCES.items()}
    best = max(scores, key=lambda level: (scores[level], level == "region"))
    return best if scores[best] else "region"
