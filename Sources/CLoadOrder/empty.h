// No declarations: CLoadOrder only carries link options (module.modulemap). Importing it makes the objects that do
// name lib_FoundationICU and libstdc++ before every other library, which puts them first in the dynamic loader's
// search order.
