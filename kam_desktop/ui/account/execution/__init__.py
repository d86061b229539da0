"""Phase 4, Execution: opportunities and pipeline, interactions, competitor neutralisation, and the Execution wizard's pages."""
