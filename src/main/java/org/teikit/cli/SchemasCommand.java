package org.teikit.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;

import org.teikit.validate.SchemaStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code teikit schemas add|list}: the user's schema store, which makes schema addresses resolve offline. */
@Command(name = "schemas", mixinStandardHelpOptions = true,
        description = {
            "Manages the store of schemas that validation uses offline.",
            "The store keeps local copies of schemas that documents name by address",
            "(for example TEI's tei_all.rng), so that validation resolves them offline.",
            "Store: --schema-store, else $TEIKIT_SCHEMAS,",
            "else ~/.local/share/teikit/schemas."
        },
        subcommands = {SchemasCommand.Add.class, SchemasCommand.ListEntries.class})
public final class SchemasCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "Say what to do: teikit schemas add FILE [--as URL], or teikit schemas list");
    }

    static SchemaStore store(Path option) {
        return new SchemaStore(option != null ? option : SchemaStore.defaultLocation(System.getenv()));
    }

    /** {@code teikit schemas add FILE [--as URL]}. */
    @Command(name = "add", mixinStandardHelpOptions = true,
            description = {
                "Copies a schema file into the store and maps an address to it.",
                "The parts it includes by relative references come along, beside it.",
                "TEI's own schema files need no --as."
            })
    public static final class Add implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "FILE", description = "The schema file (.rng, .rnc, .xsd, .dtd, .sch)")
        Path file;

        @Option(names = "--as", paramLabel = "URL", description = "The address documents use for this schema")
        String address;

        @Option(names = "--schema-store", paramLabel = "DIR", description = "The store folder")
        Path schemaStore;

        @Override
        public Integer call() {
            String as = address != null ? address : SchemaStore.knownAddress(file.getFileName().toString()).orElseThrow(() ->
                    new ParameterException(spec.commandLine(), "Say which address documents use for " + file.getFileName()
                            + ": teikit schemas add " + file + " --as URL"));
            SchemaStore store = store(schemaStore);
            try {
                SchemaStore.Added added = store.add(file, as);
                spec.commandLine().getOut().println("Added " + as + " -> " + added.stored());
                for (SchemaStore.Part part : added.parts()) {
                    spec.commandLine().getOut().println("  with its part " + (part.address() != null ? part.address() + " -> " : "") + part.stored());
                }
                spec.commandLine().getOut().flush();
                added.warnings().forEach(spec.commandLine().getErr()::println);
                spec.commandLine().getErr().flush();
                return 0;
            } catch (IOException e) {
                spec.commandLine().getErr().println("teikit schemas add: " + e.getMessage());
                spec.commandLine().getErr().flush();
                return 1;
            }
        }
    }

    /** {@code teikit schemas list}. */
    @Command(name = "list", mixinStandardHelpOptions = true, description = "Lists the addresses the store maps, each schema's parts under it.")
    public static final class ListEntries implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--schema-store", paramLabel = "DIR", description = "The store folder")
        Path schemaStore;

        @Override
        public Integer call() {
            SchemaStore store = store(schemaStore);
            try {
                Map<String, String> entries = store.entries();
                Map<String, String> partsOf = store.partsOf();
                for (Map.Entry<String, String> entry : entries.entrySet()) {
                    String address = entry.getKey();
                    String schema = partsOf.get(address);
                    if (schema == null) {
                        spec.commandLine().getOut().println(address + " -> " + store.folder().resolve(entry.getValue()));
                        for (SchemaStore.Part part : store.parts(address)) {
                            spec.commandLine().getOut().println("  part " + (part.address() != null ? part.address() + " -> " : "") + part.stored());
                        }
                    } else if (!entries.containsKey(schema) || partsOf.containsKey(schema)) {
                        // a part whose schema the catalog no longer maps (edited by hand): still shown, marked
                        spec.commandLine().getOut().println(address + " -> " + store.folder().resolve(entry.getValue()) + " (part of " + schema + ")");
                    }
                }
                if (entries.isEmpty()) {
                    spec.commandLine().getOut().println("The schema store " + store.folder() + " is empty.");
                }
                spec.commandLine().getOut().flush();
                return 0;
            } catch (IOException e) {
                spec.commandLine().getErr().println("teikit schemas list: " + e.getMessage());
                spec.commandLine().getErr().flush();
                return 1;
            }
        }
    }
}
