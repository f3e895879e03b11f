package testnet

// Helpers for the dashboard's tests (node/dashboard): a farmer whose heartbeat loop is paused while
// its node keeps serving, so that a test sees pay accrue unclaimed and a heartbeat fall late.

// PauseHeartbeats stops the farmer's heartbeat loop and waits for it to return; the host, store and
// service keep running. Stop still stops the rest; a later Start runs a fresh loop.
func (f *AgreementFarmer) PauseHeartbeats() {
	f.stop()
	<-f.done
}
