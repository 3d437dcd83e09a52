using SiteGen.Cli.Serve;

namespace SiteGen.Tests.Serve;

/// <summary>
/// Saves that arrive while a rebuild runs: each is followed by a rebuild that starts after it, and a burst of them
/// costs one rebuild, not one each. The rebuild here is held open by the test, so "during" is certain.
/// </summary>
public sealed class RebuildQueueTests
{
    private static readonly TimeSpan Generous = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Saves_during_a_rebuild_are_queued_and_coalesced_into_one_more_rebuild()
    {
        var saves = 0;
        var savesSeenByEachRebuild = new List<int>();
        using var started = new SemaphoreSlim(0);
        using var mayFinish = new SemaphoreSlim(0);
        var queue = new RebuildQueue(() =>
        {
            lock (savesSeenByEachRebuild) savesSeenByEachRebuild.Add(Volatile.Read(ref saves));
            started.Release();
            mayFinish.Wait(Generous);
        });

        Save();
        Assert.True(await started.WaitAsync(Generous), "the first rebuild never started");
        Save();
        Save();
        Save();
        mayFinish.Release();
        Assert.True(await started.WaitAsync(Generous), "the saves made during the first rebuild were dropped");
        mayFinish.Release();
        await queue.DisposeAsync();

        Assert.Equal([1, 4], savesSeenByEachRebuild);
        Assert.True(queue.Completion.IsCompletedSuccessfully);

        void Save()
        {
            Interlocked.Increment(ref saves);
            queue.Request();
        }
    }

    [Fact]
    public async Task A_rebuild_that_throws_ends_the_queue_with_its_exception()
    {
        await using var queue = new RebuildQueue(() => throw new InvalidOperationException("a bug"));

        queue.Request();

        var thrown = await Assert.ThrowsAsync<InvalidOperationException>(() => queue.Completion);
        Assert.Equal("a bug", thrown.Message);
    }
}
