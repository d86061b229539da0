"""Phase 5, Review: KPIs and their trends, reviews, and the Review wizard's pages."""
