import { configure } from "@testing-library/react";

// findBy…/waitFor give up after 1 s by default; a build through the pane on a 2-core CI machine
// running three test projects at once can take longer, and a slow pass is not a failure.
configure({ asyncUtilTimeout: 5_000 });
