/**
 * What every command of the project shares, the standalone simulator included: picocli set up to report a mistake
 * as one plain line with exit code 2 ({@link dev.connectconformance.commandline.PlainCommandLine},
 * {@link dev.connectconformance.commandline.UsageError}) and the version the jar's manifest carries. A leaf: it
 * imports nothing of the project, so the simulator at the bottom and the command line at the top can both use it
 * (ArchitectureTest keeps it so), and connect-simulator.jar holds it next to the simulator.
 */
package dev.connectconformance.commandline;
