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
}
