using Microsoft.AspNetCore.Components.WebAssembly.Hosting;

namespace BlazorApp;

public static class Program
{
    // WasmR2R compiles what this reaches up to the first code it cannot compile yet (exception handling, in the
    // async machinery) and stubs that; Mono runs the app as usual.
    public static async Task Main(string[] args)
    {
        var builder = WebAssemblyHostBuilder.CreateDefault(args);
        builder.RootComponents.Add<App>("#app");
        await builder.Build().RunAsync();
    }
}
