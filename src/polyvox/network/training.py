"""Training programmes: attendance, completion and the bilingual certificate (French and Dutch on one page, in the
Service's PDF layout); who trained whom, for the Service; trained facilitators, for the workshops app."""

from __future__ import annotations

from django.db import transaction
from django.db.models import Count, Q
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from polyvox.core import pdf
from polyvox.core.transitions import record
from polyvox.network.models import Cohort, Trainee, TrainingProgramme


def attendance_share(trainee: Trainee) -> int:
    total = trainee.cohort.sessions.count()
    if not total:
        return 0
    return round(100 * trainee.sessions_attended.count() / total)


@transaction.atomic
def complete(cohort: Cohort, *, by=None) -> int:
    """Give a certificate to every trainee of the cohort whose attendance reaches the programme's share (once)."""
    programme = cohort.programme
    done = 0
    for trainee in cohort.trainees.select_for_update().filter(completed_at__isnull=True):
        if attendance_share(trainee) >= programme.completion_share:
            trainee.completed_at = timezone.localdate()
            trainee.certificate_number = f"{programme.slug[:12].upper()}-{cohort.pk}-{trainee.pk:05d}"
            trainee.save(update_fields=["completed_at", "certificate_number"])
            done += 1
    if done:
        record(cohort, "complete", actor=by, message=f"{done} certificates")
    return done


def certificate_pdf(trainee: Trainee) -> bytes:
    """One A4 page: the certificate in French, then in Dutch."""
    programme = trainee.cohort.programme
    cohort = trainee.cohort
    sessions = cohort.sessions.all()
    first, last = sessions.first(), sessions.last()
    doc = pdf.Document(f"{programme.title_fr or programme.title} – {trainee.name}", "fr")
    story = []
    for language in ("fr", "nl"):
        with translation.override(language):
            story += doc.title_block(_("Certificate of completion"), trainee.certificate_number)
            story.append(doc.p(_("The Participation Service of the Brussels-Capital Region certifies that")))
            story.append(doc.p(trainee.name, "Heading2"))
            title = getattr(programme, f"title_{language}") or programme.title
            story.append(doc.p(_("completed the training programme “%(title)s” (%(cohort)s) of %(organisation)s.") % {
                "title": title, "cohort": cohort.name,
                "organisation": getattr(programme.organisation, f"name_{language}", "") or programme.organisation.name}))
            facts = [(_("Sessions attended"), f"{trainee.sessions_attended.count()} / {sessions.count()}")]
            if first and last:
                facts.append((_("Period"), f"{pdf.date(first.date, language)} – {pdf.date(last.date, language)}"))
            skills = ", ".join(getattr(s, f"name_{language}") or s.name for s in programme.skills.all())
            if skills:
                facts.append((_("Skills"), skills))
            if programme.trainer:
                facts.append((_("Trainer"), programme.trainer))
            facts.append((_("Issued on"), pdf.date(trainee.completed_at, language)))
            story.append(doc.facts(facts))
    return doc.build(story)


def who_trained_whom():
    """Per programme and cohort: the administration, how many followed, how many completed."""
    return (Cohort.objects.select_related("programme", "programme__organisation")
            .annotate(trainees_count=Count("trainees", distinct=True),
                      completed_count=Count("trainees", filter=Q(trainees__completed_at__isnull=False), distinct=True))
            .order_by("programme__organisation__name", "programme__title", "id"))


def trained_facilitators(limit: int = 50):
    """People with an account who completed a programme covering facilitation: offered when a workshop is created."""
    return (Trainee.objects.filter(completed_at__isnull=False, user__isnull=False,
                                   cohort__programme__skills__slug__in=["facilitation", "intelligence-collective"])
            .select_related("user", "cohort__programme__organisation").order_by("name").distinct()[:limit])


__all__ = ["attendance_share", "certificate_pdf", "complete", "trained_facilitators", "who_trained_whom",
           "TrainingProgramme"]
