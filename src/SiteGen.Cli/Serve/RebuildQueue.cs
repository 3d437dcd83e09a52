using System.Threading.Channels;

namespace SiteGen.Cli.Serve;

/// <summary>
/// Runs rebuilds one at a time on a background task. A request that arrives during a rebuild is never lost:
/// it starts one more rebuild when the current one ends. Requests made while one is already waiting coalesce
/// into it, because every rebuild reads all the sources afresh and so covers every save made before it starts.
/// </summary>
public sealed class RebuildQueue : IAsyncDisposable
{
    // Room for one waiting request: a request that finds one already waiting is covered by it.
    private readonly Channel<bool> _waiting = Channel.CreateBounded<bool>(
        new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite, SingleReader = true });

    public RebuildQueue(Action rebuild)
    {
        Completion = Task.Run(async () =>
        {
            await foreach (var _ in _waiting.Reader.ReadAllAsync()) rebuild();
        });
    }

    /// <summary>Ends when the queue is disposed; faults if a rebuild throws, which stops the rebuilds.</summary>
    public Task Completion { get; }

    /// <summary>Asks for a rebuild that starts after this call.</summary>
    public void Request() => _waiting.Writer.TryWrite(true);

    /// <summary>Runs the request still waiting, if any, and stops.</summary>
    public async ValueTask DisposeAsync()
    {
        _waiting.Writer.TryComplete();
        // A fault has already been reported by whoever awaits Completion.
        await Completion.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
    }
}
