// Checks what the two builds of the example edition published (run by the Maven Invoker).
def target = new File(basedir, 'target')

def nonEmpty = { String path ->
    def file = new File(target, path)
    assert file.isFile() && file.length() > 0 : "missing or empty: ${file}"
    file
}
def text = { String path -> nonEmpty(path).getText('UTF-8') }

// convert: the transcription became TEI with its report, dated by project.build.outputTimestamp.
assert text('tei/memo-lighthouse.xml').contains('<change when="2026-01-01T00:00:00Z">')
assert new File(target, 'tei/memo-lighthouse.report.txt').isFile()
assert new File(target, 'tei/memo-lighthouse.report.json').isFile()

def documents = ['memo-lighthouse', 'letter-ferry', 'report-orchard']
for (folder in ['edition', 'built']) {
    for (name in documents) {
        assert text("${folder}/tei/${name}.xml").contains('http://www.tei-c.org/ns/1.0')
        assert text("${folder}/${name}.html").contains('<html')
        assert nonEmpty("${folder}/${name}.pdf").bytes[0..4] == '%PDF-'.bytes
        assert text("${folder}/${name}.html").contains("href=\"${name}.pdf\"") : "${folder}/${name}.html does not link its PDF"
    }
    def index = text("${folder}/index.html")
    documents.each { assert index.contains("${it}.html") : "${folder}/index.html does not link ${it}.html" }
    // The edition's CSS follows teikit's, once.
    def css = text("${folder}/teikit.css")
    assert css.contains('--edition-accent')
    assert css.indexOf('--edition-accent: #1d4e6b') == css.lastIndexOf('--edition-accent: #1d4e6b')
}
// render: FO too, as configured.
documents.each { assert text("edition/${it}.fo").contains('http://www.w3.org/1999/XSL/Format') }

def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('teikit: 3 documents validated, 0 invalid')
// The second round (invocations 3 and 4) redid nothing: the plugin is incremental by default.
assert log.contains('teikit: 0 transcriptions converted, 1 up to date')
assert log.contains('teikit: 0 files written, 9 up to date')
assert log =~ /teikit: 3 documents \(0 rebuilt, 3 up to date, 0 with errors\), 0 errors, 0 warnings/
assert !(log =~ /(?m)^\[ERROR\]/)
return true
