"""Phase 2, Research: the question bank, stakeholders and org chart, competitors, trends, needs, and the Research wizard's pages."""
