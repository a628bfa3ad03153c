import { configure } from '@testing-library/react';

// CI runs every package's tests at once on two cores: a screen that appears in under a second
// here can take several there. Waiting longer only slows a failing test, never a passing one.
configure({ asyncUtilTimeout: 15_000 });
