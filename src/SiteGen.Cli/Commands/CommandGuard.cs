namespace SiteGen.Cli.Commands;

/// <summary>
/// Runs a command's body so that an unexpected exception (a bug, not a user mistake) prints one line
/// instead of a stack trace; --verbose prints the details.
/// </summary>
public static class CommandGuard
{
    public static int Run(TextWriter error, bool verbose, Func<int> body)
    {
        try
        {
            return body();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return ReportInternalError(error, verbose, e);
        }
    }

    /// <summary>The same guard for a command that runs until it is cancelled (`serve`).</summary>
    public static async Task<int> RunAsync(TextWriter error, bool verbose, Func<Task<int>> body)
    {
        try
        {
            return await body();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return ReportInternalError(error, verbose, e);
        }
    }

    private static int ReportInternalError(TextWriter error, bool verbose, Exception e)
    {
        error.WriteLine(FindSourceFailure(e) is { } failure
            ? $"sitegen: internal error {failure.Message}"
            : $"sitegen: internal error: {e.GetBaseException().Message}");
        if (verbose) error.WriteLine(e.ToString());
        else error.WriteLine("Run again with --verbose for details, and please report it.");
        return ExitCodes.InternalError;
    }

    /// <summary>The failure that names the file being processed, wherever it sits among wrapped and parallel exceptions.</summary>
    private static SourceProcessingException? FindSourceFailure(Exception e) => e switch
    {
        SourceProcessingException source => source,
        AggregateException aggregate => aggregate.InnerExceptions.Select(FindSourceFailure).FirstOrDefault(found => found is not null),
        { InnerException: { } inner } => FindSourceFailure(inner),
        _ => null,
    };
}
