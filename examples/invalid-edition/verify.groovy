// The invalid edition's build must fail at validate, naming the file, line and column of the error.
import java.util.regex.Pattern

def log = new File(basedir, 'build.log').getText('UTF-8')
def bad = basedir.toPath().toAbsolutePath().normalize().resolve('src/main/tei/telegram-bridge.xml').toString()

// One Maven error line: file:line:col: message [rule], for the unknown element on line 39.
def located = Pattern.compile('(?m)^\\[ERROR\\] ' + Pattern.quote(bad) + ':39:\\d+: .*<stamp>.* \\[[\\w.-]+\\]\\r?$')
assert located.matcher(log).find() : "no located error line for ${bad}:39 in build.log"
assert log.contains('teikit validate: 1 error in 1 file')
assert log.contains('BUILD FAILURE')
// Nothing was published.
assert !new File(basedir, 'target/edition').exists()
return true
