import { splitPeopleText, cleanName, readPersonText } from "/work/main/src/core/people";
for (const t of ['Robert "Bob" Halvorsen, CFP® <rh@x.com>', 'Robert Halvorsen, CFP®', 'Karen Schultz, RN, CCM <k@x.com>']) console.log(splitPeopleText(t).map(x=>[cleanName(x), JSON.stringify(readPersonText(x))]));
