"""The duty to follow up ("devoir de suite"): every output of a process as a commitment with its authority,
its answer, its implementation and its public clock; participants told and heard; evaluation of processes."""
