package repair

// Step names the points of a repair after which tests inject a failure.
type Step = step

// Steps.
const (
	StepRebuilt   = stepRebuilt
	StepOffered   = stepOffered
	StepDelivered = stepDelivered
	StepSubmitted = stepSubmitted
	StepCommitted = stepCommitted
)

// WithHook makes the worker call fn after each step and, if it returns an error, stop the pass there
// as if the process had been killed (the worker writes nothing to the journal on its error paths).
func WithHook(fn func(Step) error) Option { return func(w *Worker) { w.hook = fn } }
