using System.Threading.Channels;

namespace SiteGen.Cli.Serve;

/// <summary>The open browser tabs, each listening on a server-sent events stream for reloads and errors.</summary>
public sealed class LiveReloadHub
{
    private readonly Lock _gate = new();
    private readonly List<Channel<string>> _clients = [];

    /// <summary>How many tabs are listening.</summary>
    public int Listeners
    {
        get
        {
            lock (_gate) return _clients.Count;
        }
    }

    public Channel<string> Subscribe()
    {
        var channel = Channel.CreateUnbounded<string>();
        lock (_gate) _clients.Add(channel);
        return channel;
    }

    public void Unsubscribe(Channel<string> channel)
    {
        lock (_gate) _clients.Remove(channel);
    }

    /// <summary>Sends one SSE event (name and JSON data) to every open tab.</summary>
    public void Publish(string eventName, string json)
    {
        var message = $"event: {eventName}\ndata: {json}\n\n";
        lock (_gate)
        {
            foreach (var client in _clients) client.Writer.TryWrite(message);
        }
    }
}
