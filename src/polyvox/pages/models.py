"""Editorial pages of the portal: about, contact, FAQ, privacy, accessibility; news; FAQ entries."""

from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _


class Page(models.Model):
    """A page the staff edit (Markdown per language), addressed by a fixed key: about, contact, privacy..."""

    key = models.SlugField(_("key"), unique=True)
    title = models.CharField(_("title"), max_length=200)
    body = models.TextField(_("text"))
    updated = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["key"]
        verbose_name = _("page")
        verbose_name_plural = _("pages")

    def __str__(self):
        return self.title


class NewsItem(models.Model):
    slug = models.SlugField(_("slug"), unique=True)
    title = models.CharField(_("title"), max_length=240)
    summary = models.TextField(_("summary"))
    body = models.TextField(_("text"))
    published = models.DateField(_("published on"), db_index=True)

    class Meta:
        ordering = ["-published", "-id"]
        verbose_name = _("news item")
        verbose_name_plural = _("news")

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("pages:news_detail", args=[self.slug])


class FaqEntry(models.Model):
    question = models.CharField(_("question"), max_length=300)
    answer = models.TextField(_("answer"))
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        ordering = ["order", "id"]
        verbose_name = _("FAQ entry")
        verbose_name_plural = _("FAQ")

    def __str__(self):
        return self.question
