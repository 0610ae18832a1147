"""Opinion maps of conversations, Pol.is-class: pure Python (numpy, scipy), no Django.

People vote agree (1), disagree (-1) or pass (0) on short statements. The engine places every participant on
a 2-D map, finds the opinion groups, what each group believes (representative statements) and what every
group agrees on (consensus), as Pol.is does, by Pol.is's published math (polismath: pca, clusters, repness,
conversation), reproducibly from a seed.

Pipeline (``Conversation.recompute()``)
---------------------------------------
1. Rating matrix: participants x statements that received a vote; the latest vote of a pair counts.
   Statements moderated out (``moderated = -1``) are left out of the map (``moderation="drop"``, the
   default); ``moderation="zero"`` zeroes them as Pol.is's code does (everyone counts as having passed them:
   no variance, but they weigh in the projection's scaling). They never appear among representative or
   consensus statements.
2. Projection: PCA of the matrix whose missing votes are replaced by their statement's mean (exact top two
   axes), then Pol.is's sparsity-aware projection: only the votes cast count, scaled by
   sqrt(n_statements / n_votes_of_participant).
3. Who is clustered: participants with at least min(7, n_statements) votes (Pol.is's minimum; at least the 15
   most active while fewer qualify; once in, a participant stays in).
4. Base clusters: k-means with 100 centres on the clustered participants (Pol.is's start: the first distinct
   points). Groups: weighted k-means on the base clusters for k = 2..min(5, 2 + n_base/12), run from Pol.is's
   start and from ``restarts`` (24) seeded k-means++ starts at once; for each k the partition with the best
   silhouette is kept (``choose="inertia"``: the lowest inertia). k by silhouette over the base clusters, with
   hysteresis (another k must beat the current one, or at first the smallest, by ``k_tolerance`` = 0.05) and
   Pol.is's k-smoothing (a new k is adopted once it has won 4 recomputes in a row). ``k=`` forces k.
   ``warm_start=True`` carries each k's groups over from one recompute to the next, as Pol.is does live.
5. Representativeness: Pol.is's repness (agree/disagree probabilities with pseudocounts, one-proportion and
   two-proportion z-tests of the group against the rest, 90 % significance, the best-agree statement first,
   at most 5, agrees before disagrees). Consensus: Pol.is's group-informed consensus, the product over groups
   of (agrees + 1) / (seen + 2); a statement is a consensus one when every group's majority agrees (or
   disagrees), best 5 each way. Pol.is's whole-room majority consensus is also given.
6. Stability: per group, the mean over ``bootstrap`` resamples of the participants (with replacement, seeded)
   of the Jaccard similarity between the group and its best match once the resample is grouped again
   (1 = always found again).

Public API (for the web app)
----------------------------
``Conversation(seed=0, k=None, max_k=5, bootstrap=20, moderation="drop", restarts=24, ...)``
    ``add_statement(statement_id, moderated=1, text=None)``  declare a statement (ids: str or int).
    ``set_moderation(statement_id, moderated)``                -1 hides it (takes effect at once in the lists).
    ``add_vote(participant_id, statement_id, value)``          one vote; the map follows at once (well under
        50 ms: the participant is projected on the kept axes and joins the group of the nearest base cluster;
        the groups' counts follow). Returns the participant's group or None.
    ``load_votes(iterable of (participant, statement, value))`` many votes without updating the map.
    ``recompute()``   the whole pipeline (under a second for 2,000 participants x 300 statements); returns
        ``snapshot()``. Call it every few seconds while votes arrive, or after ``load_votes``.
    ``snapshot(projection=True)``  JSON-able dict: ``k``; ``participants`` {str(id): group or None};
        ``groups`` [{``id``, ``size``, ``centre`` [x, y], ``representative`` [statement ids], ``repness``
        [details: repful_for, n_success, n_trials, p_success, p_test, repness, repness_test],
        ``stability``}]; ``consensus`` [statement ids, agreed ones first]; ``consensus_detail`` {agree,
        disagree: [{statement, group_informed_consensus}]}; ``majority_consensus``; ``silhouettes``;
        ``k_smoothing``; ``n_participants``; ``n_clustered``; ``n_statements``; ``n_votes``;
        ``moderated_out``; ``seed``; ``seconds`` (of the last recompute); ``projection`` {str(id): [x, y]};
        ``statement_projection`` {str(id): [x, y]}.
    ``group_of(participant_id)``, ``explain(participant_id)`` ("where am I and why": the group's
        representative statements with the participant's own vote on each).
    ``Conversation.from_polis_export(read_polis_export(folder), **options)``.
``OpinionInputError`` (``code``: vote-value, unknown-statement, participant, moderated, too-many-participants,
    too-many-statements, too-large, k, ...; ``field``): refused input, nothing recorded.
``read_polis_export(folder)`` -> ``PolisExport`` (statements, moderated, texts, votes, reference_groups);
    ``PolisExportError`` (``file``, ``line``, ``message``) for a malformed, truncated or oversized export.
``write_polis_export(folder, statements=..., votes=..., texts=..., moderated=...)`` writes comments.csv and
    votes.csv in the same format.

A ``Conversation`` is not thread-safe: keep one per conversation and serialise the calls on it (a lock, or a
single worker applying votes in order). It pickles (plain numpy arrays and dicts), so it can be cached or
rebuilt from the stored votes with ``load_votes`` then ``recompute``. The map is identical for the same votes
(in the same order of first appearance), options and seed.

Command line: ``polyvox opinion map --polis-export DIR --json OUT [--k K] [--seed S]``.
"""

from .conversation import Conversation, OpinionInputError
from .polis_export import PolisExport, PolisExportError, read_polis_export, write_polis_export

__all__ = ["Conversation", "OpinionInputError", "PolisExport", "PolisExportError", "read_polis_export",
           "write_polis_export"]
