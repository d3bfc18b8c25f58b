"""The generator: company data file -> clause selection -> DOCX, PDF, Markdown and HTML.

Entry points: `generator.render.write_document`, `generator.data_model.load_data`,
`generator.clause_library.load_library`; the CLI commands are in `generator.commands`.
"""
