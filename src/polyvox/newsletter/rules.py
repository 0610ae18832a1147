"""Who may do what with the newsletter: the Service's staff compose, preview and send editions; anyone subscribes."""

import rules

from polyvox.organisations.rules import is_service_staff

rules.add_perm("newsletter.compose", is_service_staff)
rules.add_perm("newsletter.send", is_service_staff)
