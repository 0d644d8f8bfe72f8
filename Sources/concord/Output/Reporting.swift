import ArgumentParser

/// Runs a command body; any failure becomes one line on standard error and an exit status,
/// never a trap or a stack of messages.
func reportingFailures(_ body: () throws -> Void) throws {
    do {
        try body()
    } catch let exit as ExitCode {
        throw exit
    } catch {
        let failure = CommandFailure(error)
        Diagnostics.error(failure.message)
        throw failure.status.exitCode
    }
}
