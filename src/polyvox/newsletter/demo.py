"""Demo: segments (public agents, residents, one commune) and one edition in French and one in Dutch in the public
archive, filled with the platform's blocks at load time. The editions' introductions are invented (marked as
examples); no e-mail is sent by the demo. Idempotent."""

from __future__ import annotations

from polyvox.core.workflow import SYSTEM, apply
from polyvox.newsletter import services
from polyvox.newsletter.models import Audience, Block, Edition, EditionState, Segment

SEGMENTS = [
    ("agents", ("Agents publics", "Publieke ambtenaren", "Public agents"), Audience.AGENTS, None),
    ("habitants", ("Habitants et citoyens", "Inwoners en burgers", "Residents and citizens"), Audience.CITIZENS, None),
    ("forest", ("Habitants de Forest", "Inwoners van Vorst", "Residents of Forest"), Audience.CITIZENS, "21007"),
]

EDITIONS = [
    ("fr", "Participation.brussels – la lettre d'information (exemple)",
     "Recevez les actualités de la participation citoyenne en Région bruxelloise. *Édition d'exemple de la démo.*"),
    ("nl", "Participatie.brussels – de nieuwsbrief (voorbeeld)",
     "Ontvang het laatste nieuws over burgerparticipatie in het Brussels Gewest. *Voorbeeldeditie van de demo.*"),
]


def load(out, options):
    from polyvox.places.models import Municipality

    for slug, names, audience, nis in SEGMENTS:
        Segment.objects.update_or_create(slug=slug, defaults={
            "name": names[0], "name_fr": names[0], "name_nl": names[1], "name_en": names[2], "audience": audience,
            "municipality": Municipality.objects.filter(nis_code=nis).first() if nis else None})
    for language, subject, intro in EDITIONS:
        edition = Edition.objects.filter(subject=subject).first()
        if edition is None:
            edition = Edition.objects.create(language=language, subject=subject, intro=intro, blocks=list(Block.values),
                                             is_example=True)
        if edition.state == EditionState.DRAFT:
            edition.body_html, edition.body_text = services.render(edition)
            apply(edition, "send", by=SYSTEM, save_fields=("body_html", "body_text"))
            apply(edition, "finish", by=SYSTEM)
    out.write(f"  newsletter: {len(SEGMENTS)} segments, {len(EDITIONS)} archived editions (FR, NL)")
