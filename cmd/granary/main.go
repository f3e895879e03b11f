// Command granary is Granary's one binary: an embedded devnet, contract deployment, and the farmer,
// renter, auditor and token commands. peer.go wires the components; the cmd_*.go files hold the
// commands; errors.go maps failures to exit codes.
package main

import (
	"fmt"
	"io"
	"os"

	"github.com/urfave/cli/v2"
)

func main() { os.Exit(run(os.Args, os.Stdout, os.Stderr)) }

// run executes the command line and returns the process exit code.
func run(args []string, stdout, stderr io.Writer) int {
	var unknown bool
	app := newApp(stdout, stderr, &unknown)
	err := app.Run(args)
	if err == nil && unknown {
		return exitUsage
	}
	if err == nil {
		return exitOK
	}
	code, msg := classify(err)
	fmt.Fprintf(stderr, "granary: %s\n", msg)
	return code
}

// newApp builds the command tree; *unknown is set when a command name is not found (urfave/cli
// reports no error for it).
func newApp(stdout, stderr io.Writer, unknown *bool) *cli.App {
	app := &cli.App{
		Name:  "granary",
		Usage: "peer-to-peer cloud storage anchored on Ethereum",
		Description: "Renters encrypt and erasure-code files and place the shards with farmers; farmers stake,\n" +
			"store and prove storage every period on chain; auditors report missed proofs.\n\n" +
			"Configuration: flags win over GRANARY_* environment variables, which win over the\n" +
			"config file (--config, default <data-dir>/config.json: a JSON object of flag names).\n" +
			"Passwords come from --password-file or GRANARY_PASSWORD, never from a flag.\n\n" +
			exitCodeHelp,
		Writer:               stdout,
		ErrWriter:            stderr,
		EnableBashCompletion: true,
		// Errors are printed once, by run, with the exit code classify gives them.
		ExitErrHandler: func(*cli.Context, error) {},
		OnUsageError: func(_ *cli.Context, err error, _ bool) error {
			return usageError{err}
		},
		CommandNotFound: func(c *cli.Context, name string) {
			fmt.Fprintf(stderr, "granary: no command %q (see granary --help)\n", name)
			*unknown = true
		},
		Commands: []*cli.Command{
			devnetCommand(),
			deployCommand(),
			farmerCommand(),
			renterCommand(),
			auditorCommand(),
			tokenCommand(),
			demoCommand(),
		},
	}
	for _, c := range app.Commands {
		prepare(c, unknown, stderr)
	}
	return app
}
