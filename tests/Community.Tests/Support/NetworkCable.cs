namespace Community.Tests.Support;

/// <summary>
/// The network between one client and the server, which a test can pull out: requests in flight are torn down and
/// later ones fail, as when a phone loses signal or a laptop lid closes. The server hears no goodbye.
/// </summary>
public sealed class NetworkCable(HttpMessageHandler network) : DelegatingHandler(network)
{
    private readonly CancellationTokenSource _unplugged = new();

    public void Unplug() => _unplugged.Cancel();

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        _unplugged.Token.ThrowIfCancellationRequested();
        using var either = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _unplugged.Token);
        return await base.SendAsync(request, either.Token);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing) _unplugged.Dispose();
        base.Dispose(disposing);
    }
}
