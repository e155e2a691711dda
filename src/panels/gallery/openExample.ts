/**
 * Opens an example as a new design in the local library. The design that was open is saved
 * first and stays in the design list, so opening an example never replaces anyone's work.
 */
import type { QueryClient } from '@tanstack/react-query';
import { exampleQuery, type ExampleEntry } from '../../state/examples.ts';
import type { Studio } from '../../state/studio.ts';

export async function openExample(studio: Studio, client: QueryClient, entry: ExampleEntry): Promise<boolean> {
  let design;
  try {
    design = await client.fetchQuery(exampleQuery(entry));
  } catch (error) {
    studio.notify(`The example “${entry.title}” could not be loaded: ${error instanceof Error ? error.message : String(error)}`, 'error');
    return false;
  }
  const previous = studio.getDesign().name;
  try {
    await studio.storage.library.openAsNew(design);
  } catch (error) {
    studio.notify(`The example could not be stored in this browser: ${error instanceof Error ? error.message : String(error)}`, 'error');
    return false;
  }
  studio.notify(`Opened “${entry.title}” as a new design. “${previous}” is still in Designs.`, 'success');
  return true;
}
