import { misplacedOptions } from './misplaced-options';

describe('misplacedOptions', () => {
  it('says nothing when the options are where the plugin reads them', () => {
    const config = { custom: { 'serverless-offline': { httpPort: 3000 } } };
    expect(misplacedOptions(config, 'custom.serverless-offline', ['httpPort'])).toBeUndefined();
  });

  it('names an option put directly under the parent, and where it belongs', () => {
    const config = { custom: { httpPort: 3000 } };
    expect(misplacedOptions(config, 'custom.serverless-offline', ['httpPort'])).toBe(
      'custom.serverless-offline is missing: httpPort sits directly under custom, where nothing reads it. Move it under custom.serverless-offline.',
    );
  });

  it("names options under another key (the plugin's package name, not its key)", () => {
    const config = { custom: { 'serverless-esbuild': { minify: true, target: 'node22' } } };
    expect(misplacedOptions(config, 'custom.esbuild', ['minify', 'target', 'exclude'])).toBe(
      'custom.esbuild is missing: minify, target sit under custom.serverless-esbuild, where nothing reads them. Move them under custom.esbuild.',
    );
  });

  it('names options at the top level', () => {
    expect(misplacedOptions({ httpPort: 3000 }, 'custom.serverless-offline', ['httpPort'])).toBe(
      'custom.serverless-offline is missing: httpPort sits at the top level of serverless.yml, where nothing reads it. Move it under custom.serverless-offline.',
    );
  });

  it('says the section is missing when the options are nowhere', () => {
    expect(misplacedOptions({ custom: {} }, 'custom.esbuild', ['minify'])).toBe(
      'custom.esbuild is missing from serverless.yml.',
    );
  });
});
