using Microsoft.AspNetCore.Components.WebAssembly.Hosting;

namespace BlazorApp;

public static class Program
{
    // No `string[] args`: WasmR2R rejects an entry point taking an array (WR2R0004, "an array is not compiled
    // yet"). The body is not primitive-only either, so WasmR2R stubs it (warnings); Mono runs the app as usual.
    public static async Task Main()
    {
        var builder = WebAssemblyHostBuilder.CreateDefault();
        builder.RootComponents.Add<App>("#app");
        await builder.Build().RunAsync();
    }
}
