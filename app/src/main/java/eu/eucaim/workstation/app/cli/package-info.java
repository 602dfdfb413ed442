/**
 * The {@code eucaim} command line (picocli). {@link eu.eucaim.workstation.app.cli.EucaimCommand} is the root and
 * says how to add a subcommand; {@link eu.eucaim.workstation.app.cli.Cli} runs it.
 */
package eu.eucaim.workstation.app.cli;
