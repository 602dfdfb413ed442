package eu.eucaim.workstation.app.cli;

import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Adds subcommands to a command line as a run needs them: when the argument at a level names one subcommand,
 * only that one (and below it, again only the one named next); otherwise all of them, so that {@code --help},
 * a missing or a misspelt subcommand see the full list.
 */
final class Subcommands {
    private Subcommands() {}

    static void add(CommandLine parent, List<Class<?>> candidates, String[] args, int depth) {
        for (Class<?> c : named(candidates, args, depth)) {
            parent.addSubcommand(c);
            List<Class<?>> nested = EucaimCommand.NESTED.get(c);
            if (nested != null) {
                add(parent.getSubcommands().get(c.getAnnotation(Command.class).name()), nested, args, depth + 1);
            }
        }
    }

    /** The candidate named by {@code args[depth]} alone, when there is one; all of them otherwise. */
    static List<Class<?>> named(List<Class<?>> candidates, String[] args, int depth) {
        if (depth < args.length) {
            for (Class<?> c : candidates) {
                Command command = c.getAnnotation(Command.class);
                if (command.name().equals(args[depth])
                        || List.of(command.aliases()).contains(args[depth])) {
                    return List.of(c);
                }
            }
        }
        return candidates;
    }
}
