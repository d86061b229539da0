"""Phase 3, Action plan: the compelling case, the actions, the whitespace grid, and the Action plan wizard's pages."""
