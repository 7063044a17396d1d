"""Subgraph -> files: RDF, GraphML/GEXF/CSV, bibliography, evidence tables, captions, the
manifest and the bundle, all behind one :class:`~kg.export.exporter.Exporter`."""
