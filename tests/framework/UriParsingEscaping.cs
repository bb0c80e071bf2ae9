// System.Uri on absolute http/https/ftp/file/mailto URLs: Scheme, Host, Port (default and explicit), IsDefaultPort, AbsolutePath, PathAndQuery, Query, Fragment, Segments, UserInfo, Authority, IdnHost-free host normalization, relative resolution with a base Uri, MakeRelativeUri, TryCreate failures, Uri.EscapeDataString/UnescapeDataString, IsWellFormedUriString and CheckHostName/CheckSchemeName.
using System;

class UriParsingEscaping
{
    static void Show(string s)
    {
        var u = new Uri(s);
        Console.WriteLine(s);
        Console.WriteLine("  scheme " + u.Scheme + " host " + u.Host + " port " + u.Port + " default " + u.IsDefaultPort + " authority " + u.Authority + " hosttype " + u.HostNameType);
        Console.WriteLine("  path " + u.AbsolutePath + " pathquery " + u.PathAndQuery + " query [" + u.Query + "] fragment [" + u.Fragment + "] userinfo [" + u.UserInfo + "]");
        Console.WriteLine("  segments " + string.Join("|", u.Segments) + " absolute " + u.AbsoluteUri + " tostring " + u);
    }

    static int Main()
    {
        Show("http://example.com");
        Show("HTTPS://User:Pw@WWW.Example.COM:8443/a/b/../c/./d.html?x=1&y=a%20b#Frag");
        Show("http://example.com:80/path%2Fencoded/with space?q=caf\u00e9");
        Show("ftp://files.example.org/pub/file.tar.gz");
        Show("http://192.168.1.10:8080/api/v1/");
        Show("http://[::1]:5000/health");
        Show("file:///tmp/some%20dir/file.txt");
        var mail = new Uri("mailto:someone@example.com?subject=Hi");
        Console.WriteLine("mailto scheme " + mail.Scheme + " user " + mail.UserInfo + " host " + mail.Host + " path " + mail.AbsolutePath + " query " + mail.Query);

        var baseUri = new Uri("http://example.com/docs/guide/intro.html?old=1");
        foreach (var rel in new[] { "setup.html", "../api/index.html", "/root.txt", "?q=2", "#top", "//cdn.example.net/lib.js", "https://other.org/x" })
            Console.WriteLine("resolve " + rel + " -> " + new Uri(baseUri, rel));
        var from = new Uri("http://example.com/a/b/c.html");
        var to = new Uri("http://example.com/a/d/e.html?z=1");
        Console.WriteLine("relative " + from.MakeRelativeUri(to) + " | " + to.MakeRelativeUri(from) + " | base of " + new Uri("http://example.com/a/").IsBaseOf(to));
        Console.WriteLine("equality " + (new Uri("http://EXAMPLE.com/x") == new Uri("http://example.com/x")) + " " + new Uri("http://example.com/x").Equals(new Uri("http://example.com/X")) + " " + (new Uri("http://example.com:80/") == new Uri("http://example.com/")) + " fragment ignored " + (new Uri("http://e.com/a#1") == new Uri("http://e.com/a#2")));
        Console.WriteLine("components " + to.GetLeftPart(UriPartial.Authority) + " " + to.GetLeftPart(UriPartial.Path) + " " + to.GetComponents(UriComponents.HostAndPort, UriFormat.Unescaped) + " " + to.IsAbsoluteUri + " " + to.IsLoopback + " " + new Uri("http://localhost/").IsLoopback);
        foreach (var candidate in new[] { "not a uri", "http://", "http://exa mple.com/", "/relative/path", "http://example.com:99999/" })
        {
            bool ok = Uri.TryCreate(candidate, UriKind.Absolute, out Uri result);
            Console.WriteLine("trycreate [" + candidate + "] " + ok + (ok ? " " + result : "") + " relativeOrAbsolute " + Uri.TryCreate(candidate, UriKind.RelativeOrAbsolute, out _) + " wellformed " + Uri.IsWellFormedUriString(candidate, UriKind.RelativeOrAbsolute));
        }
        try
        {
            new Uri("http://exa mple.com/");
        }
        catch (UriFormatException e)
        {
            Console.WriteLine(e.GetType().Name + ": " + e.Message);
        }
        try
        {
            new Uri("relative/only");
        }
        catch (UriFormatException e)
        {
            Console.WriteLine(e.GetType().Name + ": " + e.Message);
        }
        string raw = "a b&c=d/e?f#g+h%i~j_k.l-m caf\u00e9 \U0001F600";
        string escaped = Uri.EscapeDataString(raw);
        Console.WriteLine("escape " + escaped);
        Console.WriteLine("unescape " + (Uri.UnescapeDataString(escaped) == raw) + " " + Uri.UnescapeDataString("%41%42%zz%4") + " " + Uri.UnescapeDataString("%C3%A9%E2%82%AC"));
        Console.WriteLine("check " + Uri.CheckHostName("example.com") + " " + Uri.CheckHostName("10.0.0.1") + " " + Uri.CheckHostName("::1") + " " + Uri.CheckHostName("bad host") + " scheme " + Uri.CheckSchemeName("web+app") + " " + Uri.CheckSchemeName("1abc") + " hex " + Uri.IsHexDigit('f') + Uri.FromHex('B'));
        return 0;
    }
}
