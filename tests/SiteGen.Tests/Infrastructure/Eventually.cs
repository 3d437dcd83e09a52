namespace SiteGen.Tests.Infrastructure;

/// <summary>
/// Waits for a condition that another thread makes true (a rebuild, a log line), checking it again and again
/// until a deadline that is generous on purpose: the deadline only decides how long a broken test hangs.
/// </summary>
public static class Eventually
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(60);

    public static async Task True(Func<Task<bool>> condition, string what)
    {
        var giveUp = DateTime.UtcNow + Deadline;
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < giveUp, $"Gave up after {Deadline.TotalSeconds:0} s waiting for {what}.");
            await Task.Delay(50);
        }
    }

    public static Task True(Func<bool> condition, string what) => True(() => Task.FromResult(condition()), what);
}
