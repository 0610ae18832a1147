"""Forms of the organisers' pages and of the invitees' registration."""

from __future__ import annotations

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from polyvox.panels.models import Channel, LetterStyle, Preset


class PanelCreateForm(forms.Form):
    title_fr = forms.CharField(label=_("Title in French"), max_length=240)
    title_nl = forms.CharField(label=_("Title in Dutch"), max_length=240)
    title_en = forms.CharField(label=_("Title in English"), max_length=240, required=False)
    preset = forms.ChoiceField(label=_("Preset"), choices=Preset.choices, widget=forms.RadioSelect,
                               initial=Preset.BRUSSELS_COMMITTEE)
    panel_size = forms.IntegerField(label=_("Number of seats"), min_value=2, max_value=500, required=False,
                                    help_text=_("45 for a deliberative committee; empty: the preset's."))


class FeatureForm(forms.Form):
    name_fr = forms.CharField(label=_("Name in French"), max_length=120)
    name_nl = forms.CharField(label=_("Name in Dutch"), max_length=120)
    name_en = forms.CharField(label=_("Name in English"), max_length=120, required=False)
    values = forms.CharField(
        label=_("Values"), widget=forms.Textarea(attrs={"rows": 5}),
        help_text=_("One value per line: French | Dutch | English (e.g. “Oui | Ja | Yes”)."))

    def clean_values(self):
        rows = []
        for line in self.cleaned_data["values"].splitlines():
            if not line.strip():
                continue
            parts = [p.strip() for p in line.split("|")] + ["", ""]
            if not parts[0]:
                raise forms.ValidationError(_("Each line needs at least the French label."))
            rows.append((parts[0], parts[1] or parts[0], parts[2] or parts[0]))
        if len(rows) < 2:
            raise forms.ValidationError(_("A feature needs at least two values."))
        return rows


class RegisterUploadForm(forms.Form):
    file = forms.FileField(
        label=_("Extract of the population register (CSV)"),
        help_text=_("Columns: id, last_name, first_name, street, postcode, municipality (name or NIS code). "
                    "A file with any problem is refused whole."))

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > settings.UPLOAD_MAX_BYTES:
            raise forms.ValidationError(_("The file is too large."))
        return upload


class InvitationDrawForm(forms.Form):
    count = forms.IntegerField(label=_("Number of letters"), min_value=1, max_value=100_000, initial=3000)
    stratified = forms.BooleanField(label=_("Stratify by municipality, in proportion to its population"),
                                    required=False, initial=True)
    seed = forms.CharField(label=_("Seed of the draw"), max_length=200, required=False,
                           help_text=_("Empty: a random seed is chosen and recorded."))
    deadline = forms.DateField(label=_("Registration deadline"), widget=forms.DateInput(attrs={"type": "date"}))


class AnnouncementForm(forms.Form):
    """The announcement of the draw, made before the seed exists."""

    source = forms.CharField(
        label=_("Public source of the seed"), max_length=500,
        help_text=_("E.g. “the numbers of the Lotto draw of 20 December, as published by the Loterie Nationale”."))
    available_at = forms.DateTimeField(
        label=_("Earliest time the seed can be known"),
        help_text=_("Brussels time. The draw cannot be made before it."),
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"))
    confirm = forms.BooleanField(label=_("I have read the warnings above and confirm this draw"), required=False)


class DrawForm(forms.Form):
    seed = forms.CharField(label=_("Seed"), max_length=300,
                           help_text=_("Exactly as published by the announced source."))


class CodeForm(forms.Form):
    code = forms.CharField(label=_("Your code"), max_length=20,
                           help_text=_("Printed on your letter, e.g. ACDE-FGH3."),
                           widget=forms.TextInput(attrs={"autocomplete": "off", "autocapitalize": "characters",
                                                         "spellcheck": "false"}))
    email = forms.EmailField(
        label=_("E-mail address (only if you have already registered)"), required=False,
        widget=forms.EmailInput(attrs={"autocomplete": "email"}))


class MyDataForm(forms.Form):
    code = forms.CharField(label=_("Your code"), max_length=20,
                           widget=forms.TextInput(attrs={"autocomplete": "off", "spellcheck": "false"}))
    email = forms.EmailField(label=_("E-mail address you registered with"),
                             widget=forms.EmailInput(attrs={"autocomplete": "email"}))


class VerifyForm(forms.Form):
    seed = forms.CharField(label=_("Seed"), max_length=300)


class RegistrationForm(forms.Form):
    """The features of the panel (one question each), contact details and consent."""

    first_name = forms.CharField(label=_("First name"), max_length=120,
                                 widget=forms.TextInput(attrs={"autocomplete": "given-name"}))
    last_name = forms.CharField(label=_("Last name"), max_length=120,
                                widget=forms.TextInput(attrs={"autocomplete": "family-name"}))
    email = forms.EmailField(label=_("E-mail address"), widget=forms.EmailInput(attrs={"autocomplete": "email"}))
    phone = forms.CharField(label=_("Telephone (optional)"), max_length=40, required=False,
                            widget=forms.TextInput(attrs={"autocomplete": "tel", "type": "tel"}))
    language = forms.ChoiceField(label=_("Language in which we write to you"), choices=settings.LANGUAGES)
    needs = forms.CharField(label=_("Anything we should arrange for you to take part? (optional)"), required=False,
                            widget=forms.Textarea(attrs={"rows": 2}),
                            help_text=_("E.g. wheelchair access, sign-language interpreting, childcare."))
    consent = forms.BooleanField(
        label=_("I agree that my answers and contact details are used for the draw by lot of this panel, as "
                "explained above."),
        error_messages={"required": _("Without your consent we cannot include you in the draw.")})

    def __init__(self, *args, panel, **kwargs):
        super().__init__(*args, **kwargs)
        self.panel = panel
        self.feature_fields = []
        for feature in panel.ordered_features():
            name = f"feature_{feature.key}"
            choices = [(v.key, v.label) for v in feature.values.all()]
            long_list = len(choices) > 8  # e.g. the 19 municipalities: a list to choose from, nothing preselected
            self.fields[name] = forms.ChoiceField(
                label=feature.name, choices=([("", "—")] + choices) if long_list else choices,
                widget=forms.Select if long_list else forms.RadioSelect,
                error_messages={"required": _("Please choose an answer.")})
            self.feature_fields.append(name)
        order = self.feature_fields + ["first_name", "last_name", "email", "phone", "language", "needs", "consent"]
        self.order_fields(order)

    def features(self) -> dict[str, str]:
        return {name[len("feature_"):]: self.cleaned_data[name] for name in self.feature_fields}

    def contact(self) -> dict:
        return {k: self.cleaned_data.get(k, "") for k in ("first_name", "last_name", "email", "phone", "needs")}

    def feature_bound_fields(self):
        return [self[name] for name in self.feature_fields]

    def contact_bound_fields(self):
        return [self[name] for name in ("first_name", "last_name", "email", "phone", "language", "needs")]


class LetterRoutesForm(forms.Form):
    """The letter's version and the routes other than the web it offers."""

    letter_style = forms.ChoiceField(label=_("Version of the letter"), choices=LetterStyle.choices,
                                     widget=forms.RadioSelect)
    phone = forms.CharField(label=_("Telephone number for registration"), max_length=40, required=False,
                            help_text=_("Printed on the letters. Staff record the registrations made by telephone."),
                            widget=forms.TextInput(attrs={"type": "tel", "autocomplete": "off"}))
    reply_address = forms.CharField(label=_("Return address of the paper reply slip"), max_length=500, required=False,
                                    widget=forms.Textarea(attrs={"rows": 3}),
                                    help_text=_("Empty: the organiser's name."))

    def clean_phone(self):
        phone = self.cleaned_data["phone"].strip()
        if phone and not all(c.isdigit() or c in " +-./()" for c in phone):
            raise forms.ValidationError(_("Enter a telephone number: digits, spaces and + - . / ( ) only."))
        return phone


class RecordedRegistrationForm(RegistrationForm):
    """A registration made by telephone or on the paper reply slip, typed in by staff."""

    code = forms.CharField(label=_("Code of the letter"), max_length=20,
                           widget=forms.TextInput(attrs={"autocomplete": "off", "autocapitalize": "characters",
                                                         "spellcheck": "false"}))
    channel = forms.ChoiceField(label=_("How did the registration come in?"),
                                choices=[(Channel.PHONE, Channel.PHONE.label), (Channel.PAPER, Channel.PAPER.label)],
                                widget=forms.RadioSelect)
    email = forms.EmailField(label=_("E-mail address (optional)"), required=False,
                             widget=forms.EmailInput(attrs={"autocomplete": "off"}))
    phone = forms.CharField(label=_("Telephone"), max_length=40, required=False,
                            widget=forms.TextInput(attrs={"autocomplete": "off", "type": "tel"}))
    needs = forms.CharField(label=_("Declared accessibility needs"), required=False,
                            widget=forms.Textarea(attrs={"rows": 2}),
                            help_text=_("E.g. wheelchair access, sign-language interpreting, childcare."))
    consent = forms.BooleanField(
        label=_("The person gave their consent (said so on the telephone, or ticked and signed the slip)."),
        error_messages={"required": _("Without the person's consent the registration cannot be recorded.")})

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in ("first_name", "last_name"):
            self.fields[name].widget.attrs["autocomplete"] = "off"
        self.order_fields(["code", "channel"] + self.feature_fields
                          + ["first_name", "last_name", "phone", "email", "language", "needs", "consent"])

    def clean(self):
        data = super().clean()
        if not (data.get("phone") or data.get("email")):
            self.add_error("phone", _("Give a telephone number or an e-mail address, so that the person can be told "
                                      "the result."))
        return data

    def contact_bound_fields(self):
        return [self[name] for name in ("first_name", "last_name", "phone", "email", "language", "needs")]


def quota_rows(panel, data=None):
    """The quota table's rows for each feature: (feature, [(value, share, min, max field names)])."""
    rows = []
    for feature in panel.ordered_features():
        rows.append((feature, list(feature.values.all())))
    return rows


def parse_quota_post(panel, post) -> tuple[dict, list[str]]:
    """Read share/min/max per value from the posted quota table; errors name the value."""
    values, errors = {}, []
    for feature in panel.ordered_features():
        for value in feature.values.all():
            raw_share = (post.get(f"share_{value.pk}") or "").replace(",", ".").strip()
            try:
                share = float(raw_share) if raw_share else None
                low = int(post.get(f"min_{value.pk}", value.min_seats))
                high = int(post.get(f"max_{value.pk}", value.max_seats))
            except (TypeError, ValueError):
                errors.append(_("%(feature)s – %(value)s: enter whole numbers for min and max and a number for "
                                "the share.") % {"feature": feature.name, "value": value.label})
                continue
            if low < 0 or high < 0 or (share is not None and not 0 <= share <= 100):
                errors.append(_("%(feature)s – %(value)s: the figures must be positive (share at most 100).")
                              % {"feature": feature.name, "value": value.label})
                continue
            values[value.pk] = (share, low, high)
    return values, errors
