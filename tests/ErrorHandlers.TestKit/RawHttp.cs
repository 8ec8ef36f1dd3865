using System.Net;
using System.Net.Sockets;
using System.Text;

namespace ErrorHandlers.TestKit;

/// <summary>
/// HTTP/1.1 by hand over a socket, for what HttpClient hides: the exact bytes a server sent before it closed the
/// connection, and a client that vanishes halfway through.
/// </summary>
public static class RawHttp
{
    /// <summary>Sends <paramref name="request"/> and returns every byte received until the server closes or resets the connection.</summary>
    public static async Task<string> ExchangeAsync(Uri server, string request, TimeSpan? timeout = null)
    {
        using var socket = await ConnectAsync(server);
        await socket.SendAsync(Encoding.ASCII.GetBytes(request));
        using var cancel = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(10));
        var received = new MemoryStream();
        var buffer = new byte[4096];
        try
        {
            int read;
            while ((read = await socket.ReceiveAsync(buffer, cancel.Token)) > 0)
            {
                received.Write(buffer, 0, read);
            }
        }
        catch (SocketException error) when (error.SocketErrorCode == SocketError.ConnectionReset)
        {
            // An aborted connection ends in a reset: what arrived before it is the answer.
        }

        return Encoding.UTF8.GetString(received.ToArray());
    }

    /// <summary>Sends the start of a request and keeps the connection open, for the test to <see cref="Reset"/> when the server is busy with it.</summary>
    public static async Task<Socket> SendThenHoldAsync(Uri server, string partialRequest)
    {
        var socket = await ConnectAsync(server);
        await socket.SendAsync(Encoding.ASCII.GetBytes(partialRequest));
        return socket;
    }

    /// <summary>Closes with a reset (RST) instead of an orderly shutdown, as a client that crashed or lost its network does.</summary>
    public static void Reset(Socket socket)
    {
        socket.LingerState = new LingerOption(enable: true, seconds: 0);
        socket.Close();
    }

    private static async Task<Socket> ConnectAsync(Uri server)
    {
        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        await socket.ConnectAsync(new IPEndPoint(IPAddress.Parse(server.Host), server.Port));
        return socket;
    }
}
