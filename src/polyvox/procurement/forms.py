"""Forms of the framework contract's pages: amounts read the French/Dutch way, PDF uploads checked."""

from django import forms
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from polyvox.procurement.amounts import format_eur, parse_amount
from polyvox.procurement.models import Criterion, DeviationGround, Lot
from polyvox.procurement.uploads import check_pdf


class AmountField(forms.CharField):
    """An amount in euros excl. VAT: '30.000,50', '30 000,50' or '30000.50'."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("help_text", _("In euros excluding VAT, e.g. 30.000,50 or 30 000,50."))
        super().__init__(*args, **kwargs)

    def widget_attrs(self, widget):
        return {**super().widget_attrs(widget), "inputmode": "decimal", "autocomplete": "off"}

    def clean(self, value):
        value = super().clean(value)
        return parse_amount(value) if value not in (None, "") else None


class PdfField(forms.FileField):
    def __init__(self, *args, **kwargs):
        kwargs.setdefault("required", False)
        kwargs.setdefault("help_text", _("PDF only."))
        kwargs.setdefault("widget", forms.ClearableFileInput(attrs={"accept": "application/pdf"}))
        super().__init__(*args, **kwargs)

    def clean(self, data, initial=None):
        data = super().clean(data, initial)
        if data:
            check_pdf(data)
        return data


class DateInput(forms.DateInput):
    input_type = "date"

    def __init__(self, **kwargs):
        super().__init__(format="%Y-%m-%d", **kwargs)


class MembershipRequestForm(forms.Form):
    organisation = forms.ModelChoiceField(queryset=None, label=_("Public body"))
    need = forms.CharField(label=_("What do you need?"), widget=forms.Textarea(attrs={"rows": 4}), required=False)
    language = forms.ChoiceField(label=_("Language of the protocol"), choices=[("fr", "Français"), ("nl", "Nederlands"), ("en", "English")])

    def __init__(self, *args, organisations, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["organisation"].queryset = organisations


class MeetingForm(forms.Form):
    date = forms.DateField(label=_("Date of the needs meeting"), widget=DateInput())
    notes = forms.CharField(label=_("Notes"), widget=forms.Textarea(attrs={"rows": 3}), required=False)


class StandaloneMeetingForm(MeetingForm):
    organisation = forms.ModelChoiceField(queryset=None, label=_("Public body"))
    field_order = ["organisation", "date", "notes"]

    def __init__(self, *args, organisations, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["organisation"].queryset = organisations
        self.order_fields(self.field_order)


class SignatureForm(forms.Form):
    signed_on = forms.DateField(label=_("Signed on"), widget=DateInput())
    signatory_name = forms.CharField(label=_("Signatory"), max_length=160)
    signatory_function = forms.CharField(label=_("Signatory's function"), max_length=160, required=False)
    document = PdfField(label=_("Signed protocol (PDF)"))


class NeedForm(forms.Form):
    """One need, one or several lots: a lot is chosen by giving its estimated amount; staff may mark a lot's
    amount exceptional (above its ceiling) with a written justification."""

    organisation = forms.ModelChoiceField(queryset=None, label=_("Member"))
    title = forms.CharField(label=_("Title of the mission"), max_length=240)
    need = forms.CharField(label=_("Describe the need"), widget=forms.Textarea(attrs={"rows": 5}))

    def __init__(self, *args, organisations, lots, staff=False, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["organisation"].queryset = organisations
        self.lots = list(lots)
        self.staff = staff
        for lot in self.lots:
            n = lot.number
            self.fields[f"amount_{n}"] = AmountField(
                label=_("Lot %(lot)s: estimated amount excl. VAT (EUR)") % {"lot": n}, required=False,
                help_text=_("Ceiling %(ceiling)s excl. VAT. Leave empty if you do not need this lot.") % {"ceiling": format_eur(lot.ceiling, (get_language() or "fr")[:2])},
            )
            if staff:
                self.fields[f"exceptional_{n}"] = forms.BooleanField(
                    label=_("Lot %(lot)s: exceptional circumstances, accept an amount above the lot's ceiling") % {"lot": n}, required=False)
                self.fields[f"justification_{n}"] = forms.CharField(
                    label=_("Lot %(lot)s: written justification of the exceptional amount") % {"lot": n},
                    widget=forms.Textarea(attrs={"rows": 2}), required=False)

    def common_fields(self):
        return [self["organisation"], self["title"], self["need"]]

    def lot_rows(self):
        return [{"lot": lot, "amount": self[f"amount_{lot.number}"],
                 "exceptional": self[f"exceptional_{lot.number}"] if self.staff else None,
                 "justification": self[f"justification_{lot.number}"] if self.staff else None} for lot in self.lots]

    def clean(self):
        data = super().clean()
        if not any(data.get(f"amount_{lot.number}") is not None for lot in self.lots) and not any(
                f"amount_{lot.number}" in self.errors for lot in self.lots):
            raise forms.ValidationError(_("Choose at least one lot: give the estimated amount of each lot you need."))
        return data

    def lot_requests(self):
        """The chosen lots, for `services.record_needs`."""
        from polyvox.procurement.services import LotRequest

        data = self.cleaned_data
        return [LotRequest(lot, data[f"amount_{lot.number}"], exceptional=data.get(f"exceptional_{lot.number}", False),
                           justification=data.get(f"justification_{lot.number}", ""))
                for lot in self.lots if data.get(f"amount_{lot.number}") is not None]

    def add_service_errors(self, error):
        """Put a refusal of `services.record_needs` next to the lot it names."""
        if hasattr(error, "error_dict"):
            for key, messages in error.message_dict.items():
                field = f"amount_{key.removeprefix('lot_')}" if key.startswith("lot_") else None
                self.add_error(field if field in self.fields else None, messages)
        else:
            self.add_error(None, error)


class SpecificationForm(forms.Form):
    body = forms.CharField(label=_("Specification (Markdown)"), widget=forms.Textarea(attrs={"rows": 14}), required=False,
                           help_text=_("Leave empty to start from the Service's template."))
    note = forms.CharField(label=_("What changed"), max_length=240, required=False)


class CriteriaForm(forms.Form):
    ROWS = 4

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for i in range(1, self.ROWS + 1):
            self.fields[f"name_{i}"] = forms.CharField(label=_("Criterion %(n)s") % {"n": i}, max_length=160, required=False)
            self.fields[f"kind_{i}"] = forms.ChoiceField(label=_("Kind of criterion %(n)s") % {"n": i}, choices=Criterion.Kind.choices, required=False)
            self.fields[f"weight_{i}"] = forms.IntegerField(label=_("Weight of criterion %(n)s") % {"n": i}, min_value=0, max_value=100, required=False)

    def rows(self):
        return [(self[f"name_{i}"], self[f"kind_{i}"], self[f"weight_{i}"]) for i in range(1, self.ROWS + 1)]

    def criteria(self):
        data = self.cleaned_data
        return [(data[f"name_{i}"], data[f"kind_{i}"], data[f"weight_{i}"] or 0) for i in range(1, self.ROWS + 1) if data.get(f"name_{i}")]


class InviteForm(forms.Form):
    deadline = forms.DateTimeField(label=_("Deadline for offers (Brussels time)"),
                                   widget=forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"))


class QuestionForm(forms.Form):
    text = forms.CharField(label=_("Your question"), widget=forms.Textarea(attrs={"rows": 3}))


class AnswerForm(forms.Form):
    question = forms.IntegerField(widget=forms.HiddenInput())
    answer = forms.CharField(label=_("Answer (published to every provider asked)"), widget=forms.Textarea(attrs={"rows": 3}))


class OfferForm(forms.Form):
    price = AmountField(label=_("Price excl. VAT (EUR)"))
    proposal = forms.CharField(label=_("Technical proposal"), widget=forms.Textarea(attrs={"rows": 6}))
    document = PdfField(label=_("Document (PDF)"))


class DeclineForm(forms.Form):
    reason = forms.CharField(label=_("Reason for declining"), widget=forms.Textarea(attrs={"rows": 2}), required=False)


class DeclarationForm(forms.Form):
    confirm = forms.BooleanField(label=_("I declare that I have no conflict of interest with any of the providers who submitted an offer."))


class AwardForm(forms.Form):
    offer = forms.ModelChoiceField(queryset=None, label=_("Offer chosen"), widget=forms.RadioSelect)
    justification = forms.CharField(label=_("Justification of the award (also sent to the unsuccessful providers)"), widget=forms.Textarea(attrs={"rows": 4}))
    # Only for an offer other than the best-ranked one (the service enforces it).
    ground = forms.ChoiceField(label=_("Legal ground for not awarding to the best-ranked offer"), required=False,
                               choices=[("", _("— none: I award the best-ranked offer —"))] + list(DeviationGround.choices))
    reasoning = forms.CharField(label=_("Reasoning of the deviation: the facts found, when and how they were checked"), required=False,
                                widget=forms.Textarea(attrs={"rows": 5}))
    understood = forms.BooleanField(label=_("I understand that this award deviates from the ranking and takes effect only once "
                                            "another staff member approves it."), required=False)

    def __init__(self, *args, offers, best=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.best = best
        self.fields["offer"].queryset = offers
        self.fields["offer"].label_from_instance = lambda offer: (
            "%s (%s)" % (offer.provider, _("best-ranked")) if best and offer.pk == best.pk else str(offer.provider))

    def clean(self):
        data = super().clean()
        offer = data.get("offer")
        if offer is not None and self.best is not None and offer.pk != self.best.pk and not data.get("understood"):
            self.add_error("understood", _("This offer is not the best-ranked one: confirm that you understand the award needs a second approval."))
        return data


class DeviationApprovalForm(forms.Form):
    pass


class DeviationRefusalForm(forms.Form):
    reason = forms.CharField(label=_("Reason for refusing"), widget=forms.Textarea(attrs={"rows": 2}))


class ValidationForm(forms.Form):
    decision_body = forms.CharField(label=_("Decision body"), max_length=200)
    decision_date = forms.DateField(label=_("Date of the decision"), widget=DateInput())
    decision_reference = forms.CharField(label=_("Reference of the decision"), max_length=120)


class CancelForm(forms.Form):
    reason = forms.CharField(label=_("Reason for cancelling"), widget=forms.Textarea(attrs={"rows": 2}))
