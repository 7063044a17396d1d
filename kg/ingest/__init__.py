"""RDF coming in: the upload checks (``rdfcheck``, ``upload``), SHACL validation (``validate``)
and bulk loads into a persistent store (``load``)."""
