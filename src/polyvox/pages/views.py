"""Editorial pages: news, about, contact, FAQ, privacy notice, accessibility statement."""

from django.contrib import messages
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from polyvox.accounts.throttling import client_address, throttle
from polyvox.pages import services
from polyvox.pages.forms import ContactForm
from polyvox.pages.models import FaqEntry, NewsItem, Page

NEWS_PER_PAGE = 10


def news_list(request):
    paginator = Paginator(NewsItem.objects.all(), NEWS_PER_PAGE)
    page = paginator.get_page(request.GET.get("page"))
    return render(request, "pages/news_list.html", {"page_obj": page, "nav": "news"})


def news_detail(request, slug):
    item = get_object_or_404(NewsItem, slug=slug)
    return render(request, "pages/news_detail.html", {"item": item, "nav": "news"})


def about(request):
    return _page(request, "about", "about")


def privacy(request):
    """The privacy notice, followed by the retention periods read from the code that enforces them."""
    from polyvox.core import retention

    page = Page.objects.filter(key="privacy").first()
    return render(request, "pages/page.html", {"page": page, "key": "privacy", "nav": "", "retention": retention.periods()})


def accessibility(request):
    return _page(request, "accessibility", "")


def faq(request):
    return render(request, "pages/faq.html", {"entries": FaqEntry.objects.all(), "nav": "faq"})


@throttle("contact", count="posts")
def contact(request):
    """The Service's contact details and a form that e-mails the Service."""
    client_key = client_address(request)
    form = ContactForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        if form.is_spam():
            # Say the same thing as for a real message: robots learn nothing.
            messages.success(request, _("Thank you: your message has been sent to the Participation Service."))
            return redirect("pages:contact")
        # Sending is throttled per client address by the decorator (429 with Retry-After).
        try:
            services.send_contact_message(form.cleaned_data, get_language() or "fr", client_key)
        except OSError:
            form.add_error(None, _("Your message could not be sent just now. Please try again later, or write to us directly by e-mail."))
        else:
            messages.success(request, _("Thank you: your message has been sent to the Participation Service."))
            return redirect("pages:contact")
    page = Page.objects.filter(key="contact").first()
    return render(
        request,
        "pages/contact.html",
        {"page": page, "form": form, "nav": "contact", "service_address": services.service_address(get_language())},
    )


def _page(request, key: str, nav: str):
    page = Page.objects.filter(key=key).first()
    return render(request, "pages/page.html", {"page": page, "key": key, "nav": nav})
