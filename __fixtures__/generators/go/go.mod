module example.com/bdfixtures

go 1.19
