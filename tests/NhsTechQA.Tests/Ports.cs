using System.Net;
using System.Net.Sockets;

namespace NhsTechQA.Tests;

public static class Ports
{
    /// <summary>A loopback port free at the moment of asking, for a test server to listen on.</summary>
    public static int Free()
    {
        using var socket = new TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        return ((IPEndPoint)socket.LocalEndpoint).Port;
    }

    /// <summary>
    /// Starts an HttpListener on a free loopback port. Another test may take a port between asking and listening,
    /// so a taken port is tried again with a new one.
    /// </summary>
    public static (HttpListener Listener, int Port) StartListener()
    {
        for (var attempt = 0; ; attempt++)
        {
            var port = Free();
            var listener = new HttpListener();
            listener.Prefixes.Add($"http://127.0.0.1:{port}/");
            try
            {
                listener.Start();
                return (listener, port);
            }
            catch (HttpListenerException) when (attempt < 10)
            {
                listener.Close();
            }
        }
    }
}
