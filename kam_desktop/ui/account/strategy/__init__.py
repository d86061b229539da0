"""Phase 1, Strategy: the strategy tab, the objectives, and the Strategy wizard's pages."""
